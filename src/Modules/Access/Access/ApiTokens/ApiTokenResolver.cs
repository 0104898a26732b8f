using System.Security.Claims;
using Dapper;
using Npgsql;
using WellPath.Access.Sessions;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.ApiTokens;

/// <summary>
/// Resolves an API token to its staff member, fresh on every request, so revocation, deactivation and role or
/// scope changes apply at once. Use is recorded (last-used time and an audit event) at most once a minute per token.
/// </summary>
internal sealed class ApiTokenResolver(NpgsqlDataSource dataSource, IAuditTrail audit, TimeProvider clock) : IBearerTokenResolver
{
    private static readonly TimeSpan UseRecordingInterval = TimeSpan.FromMinutes(1);

    private const string LookupSql = """
        select t.id as token_id, t.last_used_at, s.id as staff_id, s.name, s.role, s.practitioner_id, s.security_stamp,
               coalesce(array_agg(l.location_id) filter (where l.location_id is not null), '{}') as location_ids
        from access.api_tokens t
        join access.staff s on s.id = t.staff_id
        left join access.staff_locations l on l.staff_id = s.id
        where t.token_hash = @Hash and t.revoked_at is null and s.active
        group by t.id, s.id
        """;

    private const string RecordUseSql = """
        update access.api_tokens set last_used_at = @Now
        where id = @TokenId and (last_used_at is null or last_used_at < @Threshold)
        """;

    public async ValueTask<ClaimsPrincipal?> ResolveAsync(string token, string scheme, CancellationToken cancellationToken)
    {
        if (!token.StartsWith(TokenSecrets.ApiTokenPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TokenRow>(new CommandDefinition(
            LookupSql, new { Hash = TokenSecrets.Hash(token) }, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (row.LastUsedAt is null || new DateTimeOffset(row.LastUsedAt.Value, TimeSpan.Zero) < now - UseRecordingInterval)
        {
            await RecordUseAsync(connection, row, now, cancellationToken);
        }

        return StaffPrincipal.Create(scheme, row.StaffId, row.Name, row.Role, row.LocationIds, row.PractitionerId, row.SecurityStamp, ActorKinds.ApiToken, row.TokenId);
    }

    private async Task RecordUseAsync(NpgsqlConnection connection, TokenRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            RecordUseSql, new { row.TokenId, Now = now, Threshold = now - UseRecordingInterval }, transaction, cancellationToken: cancellationToken));
        if (updated == 1)
        {
            var entry = new AuditEntry("token.used", "api_token", row.TokenId.ToString()) { ActorId = row.StaffId.ToString(), ActorKind = ActorKinds.ApiToken };
            await audit.RecordAsync(entry, transaction, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    // A class, not a positional record: Dapper binds arrays by property only.
    private sealed class TokenRow
    {
        public Guid TokenId { get; init; }

        public DateTime? LastUsedAt { get; init; }

        public Guid StaffId { get; init; }

        public string Name { get; init; } = "";

        public string Role { get; init; } = "";

        public Guid? PractitionerId { get; init; }

        public Guid SecurityStamp { get; init; }

        public Guid[] LocationIds { get; init; } = [];
    }
}
