using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace WellPath.SharedKernel.DataProtection;

/// <summary>
/// Keeps the Data Protection key ring in <c>kernel.data_protection_keys</c>. The interface is synchronous, and the
/// key manager calls it rarely (start-up, key roll, refresh), so this uses Dapper's synchronous API.
/// </summary>
internal sealed class PostgresXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    private const string SelectSql = "select xml from kernel.data_protection_keys order by id";

    private const string InsertSql = """
        insert into kernel.data_protection_keys (friendly_name, xml)
        values (@FriendlyName, @Xml)
        """;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = dataSource.OpenConnection();
        return connection.Query<string>(SelectSql).Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = dataSource.OpenConnection();
        connection.Execute(InsertSql, new
        {
            FriendlyName = string.IsNullOrEmpty(friendlyName) ? $"element-{Guid.NewGuid():N}" : friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
        });
    }
}
