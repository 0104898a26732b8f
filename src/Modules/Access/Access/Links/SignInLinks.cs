using Dapper;
using Npgsql;
using WellPath.Access.ApiTokens;

namespace WellPath.Access.Links;

/// <summary>Single-use, expiring links: the secret goes in the mail, its hash in the database.</summary>
internal sealed class SignInLinks(TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<string, TimeSpan> Lifetimes = new Dictionary<string, TimeSpan>
    {
        [LinkPurposes.PasswordReset] = TimeSpan.FromHours(1),
        [LinkPurposes.StaffInvite] = TimeSpan.FromDays(3),
        [LinkPurposes.CustomerSignIn] = TimeSpan.FromMinutes(15),
    };

    private const string InsertSql = """
        insert into access.sign_in_links (id, purpose, subject_id, token_hash, created_at, expires_at)
        values (@Id, @Purpose, @SubjectId, @Hash, @Now, @ExpiresAt)
        """;

    private const string PeekSql = """
        select subject_id from access.sign_in_links
        where token_hash = @Hash and purpose = any(@Purposes) and used_at is null and expires_at > @Now
        """;

    private const string ConsumeSql = """
        update access.sign_in_links set used_at = @Now
        where token_hash = @Hash and purpose = any(@Purposes) and used_at is null and expires_at > @Now
        returning subject_id
        """;

    /// <summary>Creates a link and returns its secret, to be put in a mail and nowhere else.</summary>
    public async Task<string> CreateAsync(string purpose, Guid subjectId, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var secret = TokenSecrets.NewSecret();
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            InsertSql,
            new { Id = Guid.CreateVersion7(now), Purpose = purpose, SubjectId = subjectId, Hash = TokenSecrets.Hash(secret), Now = now, ExpiresAt = now + Lifetimes[purpose] },
            transaction,
            cancellationToken: cancellationToken));
        return secret;
    }

    /// <summary>The subject of a live link, without using it up (to show the form it leads to).</summary>
    public async Task<Guid?> PeekAsync(NpgsqlConnection connection, string secret, string[] purposes, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            PeekSql, new { Hash = TokenSecrets.Hash(secret), Purposes = purposes, Now = clock.GetUtcNow() }, cancellationToken: cancellationToken));

    /// <summary>Uses the link up, atomically: of two concurrent uses only one gets the subject.</summary>
    public async Task<Guid?> ConsumeAsync(string secret, string[] purposes, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        await transaction.Connection!.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            ConsumeSql, new { Hash = TokenSecrets.Hash(secret), Purposes = purposes, Now = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken));

    public static bool LooksLikeSecret(string? secret) => secret is { Length: >= 40 and <= 64 } && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

internal static class LinkPurposes
{
    public const string PasswordReset = "password_reset";
    public const string StaffInvite = "staff_invite";
    public const string CustomerSignIn = "customer_sign_in";
}
