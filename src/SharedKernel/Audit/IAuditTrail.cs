using Npgsql;

namespace WellPath.SharedKernel.Audit;

/// <summary>The append-only audit trail. Written in the same transaction as the change it describes.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, NpgsqlTransaction transaction, CancellationToken cancellationToken);
}
