using Dapper;
using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.UpdateService;

internal sealed class UpdateServiceHandler(NpgsqlDataSource dataSource, ServiceReader reader, IAuditTrail audit, TimeProvider clock)
{
    private const string LockSql = "select id from catalog.services where id = @Id for update";

    /// <summary>Null when there is no such service.</summary>
    public async Task<ServiceResponse?> HandleAsync(Guid id, ServiceRequest request, CallerScope caller, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(LockSql, new { Id = id }, transaction, cancellationToken: cancellationToken)) is null)
        {
            return null;
        }

        var before = await reader.FindAsync(connection, transaction, caller, id, cancellationToken);
        await ServiceWriter.UpdateAsync(transaction, id, request, clock.GetUtcNow(), cancellationToken);
        var after = (await reader.FindAsync(connection, transaction, caller, id, cancellationToken))!;
        await audit.RecordAsync(new AuditEntry("service.updated", "service", id.ToString(), new { before, after }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return after;
    }
}
