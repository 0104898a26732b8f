using Dapper;
using Npgsql;
using WellPath.SharedKernel.Audit;

namespace WellPath.Access.RevokeToken;

internal sealed class RevokeTokenHandler(NpgsqlDataSource dataSource, IAuditTrail audit, TimeProvider clock)
{
    private const string RevokeSql = """
        update access.api_tokens set revoked_at = coalesce(revoked_at, @Now) where id = @Id
        returning (revoked_at = @Now) as newly_revoked
        """;

    /// <summary>False when there is no such token; revoking twice is fine.</summary>
    public async Task<bool> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var newlyRevoked = await connection.QuerySingleOrDefaultAsync<bool?>(new CommandDefinition(
            RevokeSql, new { Id = id, Now = now }, transaction, cancellationToken: cancellationToken));
        if (newlyRevoked is null)
        {
            return false;
        }
        if (newlyRevoked == true)
        {
            await audit.RecordAsync(new AuditEntry("token.revoked", "api_token", id.ToString()), transaction, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
