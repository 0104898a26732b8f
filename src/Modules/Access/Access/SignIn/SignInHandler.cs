using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Authentication.Cookies;
using Npgsql;
using WellPath.Access.Sessions;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Access.SignIn;

internal sealed class SignInHandler(
    NpgsqlDataSource dataSource, PasswordHashing passwords, SignInThrottle throttle, IAuditTrail audit, TimeProvider clock)
{
    private const string FindStaffSql = """
        select s.id, s.name, s.role, s.password_hash, s.active, s.practitioner_id, s.security_stamp,
               coalesce(array_agg(l.location_id) filter (where l.location_id is not null), '{}') as location_ids
        from access.staff s
        left join access.staff_locations l on l.staff_id = s.id
        where s.email_key = lower(@Email)
        group by s.id
        """;

    private const string SignedInSql = "update access.staff set last_sign_in_at = @Now where id = @Id";

    private const string RehashSql = "update access.staff set password_hash = @Hash where id = @Id";

    public async Task<SignInOutcome> HandleAsync(string email, string password, string address, CancellationToken cancellationToken)
    {
        email = email.Trim();
        if (await throttle.RetryAfterAsync(email, address, cancellationToken) is { } retryAfter)
        {
            await AuditAsync(new AuditEntry("sign_in.throttled", "staff_email", email.ToLowerInvariant()), cancellationToken);
            return new SignInOutcome.Throttled(retryAfter);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var staff = await connection.QuerySingleOrDefaultAsync<StaffRow>(new CommandDefinition(FindStaffSql, new { Email = email }, cancellationToken: cancellationToken));
        var check = passwords.Verify(staff?.PasswordHash, password);
        if (staff is null || !staff.Active || check == PasswordCheck.Wrong)
        {
            await throttle.RecordFailureAsync(email, address, cancellationToken);
            var reason = staff is null ? "unknown_account" : !staff.Active ? "deactivated" : "wrong_password";
            await AuditAsync(
                new AuditEntry("sign_in.failed", "staff_email", email.ToLowerInvariant(), new { reason }) { ActorId = staff?.Id.ToString() },
                cancellationToken);
            return new SignInOutcome.Failed();
        }

        await throttle.ClearAsync(email, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(SignedInSql, new { staff.Id, Now = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
        if (check == PasswordCheck.RightButRehash)
        {
            await connection.ExecuteAsync(new CommandDefinition(RehashSql, new { staff.Id, Hash = passwords.Hash(password) }, transaction, cancellationToken: cancellationToken));
        }
        await audit.RecordAsync(
            new AuditEntry("sign_in.succeeded", "staff", staff.Id.ToString()) { ActorId = staff.Id.ToString(), ActorKind = ActorKinds.StaffSession },
            transaction,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new SignInOutcome.SignedIn(StaffPrincipal.Create(
            CookieAuthenticationDefaults.AuthenticationScheme, staff.Id, staff.Name, staff.Role, staff.LocationIds, staff.PractitionerId, staff.SecurityStamp, ActorKinds.StaffSession));
    }

    private async Task AuditAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await audit.RecordAsync(entry, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed class StaffRow
    {
        public Guid Id { get; init; }

        public string Name { get; init; } = "";

        public string Role { get; init; } = "";

        public string? PasswordHash { get; init; }

        public bool Active { get; init; }

        public Guid? PractitionerId { get; init; }

        public Guid SecurityStamp { get; init; }

        public Guid[] LocationIds { get; init; } = [];
    }
}

internal abstract record SignInOutcome
{
    public sealed record SignedIn(ClaimsPrincipal Principal) : SignInOutcome;

    public sealed record Failed : SignInOutcome;

    public sealed record Throttled(TimeSpan RetryAfter) : SignInOutcome;
}
