using Dapper;
using Npgsql;

namespace WellPath.SharedKernel.Data;

/// <summary>
/// One SQL statement of data-modifying CTEs: a change with the audit rows and outbox events that go with it, sent in one
/// round trip instead of one per insert, and applied or refused as a whole. Each part names its parameters so that they
/// do not clash (the audit and outbox parts prefix theirs with <c>Audit</c> and <c>Outbox</c>).
/// </summary>
public sealed class ChangeStatement
{
    private readonly List<string> parts = [];
    private readonly HashSet<string> names = [];

    public DynamicParameters Parameters { get; } = new();

    /// <summary>Adds <c><paramref name="name"/> as (<paramref name="sql"/>)</c>; a later part may select from an earlier one by its name.</summary>
    public ChangeStatement Add(string name, string sql, object? parameters = null)
    {
        if (!names.Add(name))
        {
            throw new InvalidOperationException($"The statement already has a part named '{name}'.");
        }
        parts.Add($"{name} as ({sql})");
        if (parameters is not null)
        {
            Parameters.AddDynamicParams(parameters);
        }
        return this;
    }

    /// <summary>Runs every part, then <paramref name="finalSql"/> (e.g. <c>select count(*) from appointment</c>), and answers its one value.</summary>
    public Task<T?> ExecuteScalarAsync<T>(NpgsqlConnection connection, string finalSql, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<T>(new CommandDefinition(Sql(finalSql), Parameters, transaction, cancellationToken: cancellationToken));

    public string Sql(string finalSql) => parts.Count == 0 ? finalSql : "with " + string.Join(",\n", parts) + "\n" + finalSql;
}
