using Npgsql;
using WellPath.Catalog.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Catalog.CreateService;

internal sealed class CreateServiceHandler(NpgsqlDataSource dataSource, ServiceReader reader, IAuditTrail audit, TimeProvider clock)
{
    public async Task<ServiceResponse> HandleAsync(ServiceRequest request, CallerScope caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ServiceWriter.InsertAsync(transaction, id, request, now, cancellationToken);
        var service = (await reader.FindAsync(connection, transaction, caller, id, cancellationToken))!;
        await audit.RecordAsync(new AuditEntry("service.created", "service", id.ToString(), new { after = service }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return service;
    }
}
