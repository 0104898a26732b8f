using Npgsql;
using WellPath.SharedKernel.Data;

namespace WellPath.SharedKernel.Audit;

/// <summary>The append-only audit trail. Written in the same transaction as the change it describes.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, NpgsqlTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Adds the entries to <paramref name="change"/> as its part <c>audit</c> (once per statement), written with the change itself.</summary>
    void AddTo(ChangeStatement change, params AuditEntry[] entries);

    /// <summary>Several entries in one statement (one round trip), e.g. one per customer shown on a list.</summary>
    Task RecordManyAsync(IReadOnlyCollection<AuditEntry> entries, NpgsqlTransaction transaction, CancellationToken cancellationToken);
}
