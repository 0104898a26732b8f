using Dapper;
using Npgsql;
using WellPath.Access.ApiTokens;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.CreateToken;

internal sealed class CreateTokenHandler(NpgsqlDataSource dataSource, IAuditTrail audit, ICurrentActor actor, TimeProvider clock)
{
    private const string StaffActiveSql = "select active from access.staff where id = @StaffId";

    private const string InsertSql = """
        insert into access.api_tokens (id, staff_id, name, token_hash, token_prefix, created_at, created_by)
        values (@Id, @StaffId, @Name, @Hash, @Prefix, @Now, @CreatedBy)
        """;

    public async Task<CreateTokenOutcome> HandleAsync(CreateTokenRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var active = await connection.QuerySingleOrDefaultAsync<bool?>(new CommandDefinition(
            StaffActiveSql, new { request.StaffId }, transaction, cancellationToken: cancellationToken));
        if (active is null)
        {
            return new CreateTokenOutcome.NoSuchStaff();
        }
        if (active == false)
        {
            return new CreateTokenOutcome.StaffDeactivated();
        }

        var now = clock.GetUtcNow();
        var secret = TokenSecrets.NewSecret(TokenSecrets.ApiTokenPrefix);
        var token = new CreatedTokenResponse(Guid.CreateVersion7(now), secret, request.Name!.Trim(), request.StaffId!.Value, now);
        await connection.ExecuteAsync(new CommandDefinition(
            InsertSql,
            new { token.Id, token.StaffId, token.Name, Hash = TokenSecrets.Hash(secret), Prefix = TokenSecrets.Preview(secret), Now = now, CreatedBy = actor.ActorId },
            transaction,
            cancellationToken: cancellationToken));
        await audit.RecordAsync(
            new AuditEntry("token.created", "api_token", token.Id.ToString(), new { after = new { token.Name, token.StaffId } }),
            transaction,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CreateTokenOutcome.Created(token);
    }
}

internal abstract record CreateTokenOutcome
{
    public sealed record Created(CreatedTokenResponse Token) : CreateTokenOutcome;

    public sealed record NoSuchStaff : CreateTokenOutcome;

    public sealed record StaffDeactivated : CreateTokenOutcome;
}
