using Npgsql;
using WellPath.Access.Shared;

namespace WellPath.Access.GetStaff;

internal sealed class GetStaffHandler(NpgsqlDataSource dataSource)
{
    /// <summary>The staff member, or null when there is none with this id.</summary>
    public async Task<StaffResponse?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await StaffQueries.FindAsync(connection, id, transaction: null, forUpdate: false, cancellationToken);
    }
}
