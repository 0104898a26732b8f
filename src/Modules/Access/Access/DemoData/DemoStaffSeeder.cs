using Dapper;
using Npgsql;
using WellPath.Access.Sessions;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Modules;

namespace WellPath.Access.DemoData;

/// <summary>
/// One demo account per staff role, with known passwords, so a fresh `make run` can be explored.
/// Location and practitioner ids are the demo catalog's fixed ids (see <see cref="DemoIds"/>).
/// </summary>
internal sealed class DemoStaffSeeder(PasswordHashing passwords, TimeProvider clock) : IDemoDataSeeder
{
    private const string InsertStaffSql = """
        insert into access.staff (id, email, name, role, practitioner_id, password_hash, active, security_stamp, created_at, updated_at)
        values (@Id, @Email, @Name, @Role, @PractitionerId, @PasswordHash, true, @Stamp, @Now, @Now)
        on conflict (email_key) do nothing
        """;

    private const string InsertLocationSql = """
        insert into access.staff_locations (staff_id, location_id) values (@StaffId, @LocationId) on conflict do nothing
        """;

    private static readonly DemoAccount[] Accounts =
    [
        new(Roles.Admin, "admin@wellpath.demo", "Alex Admin", []),
        new(Roles.Operations, "operations@wellpath.demo", "Olive Operations", []),
        new(Roles.ClinicManager, "manager@wellpath.demo", "Morgan Manager", [DemoIds.Location(1), DemoIds.Location(2)]),
        new(Roles.Reception, "reception@wellpath.demo", "Rita Reception", [DemoIds.Location(1)]),
        new(Roles.Practitioner, "practitioner@wellpath.demo", "Priya Practitioner", [DemoIds.Location(1)], DemoIds.Practitioner(1)),
    ];

    public int Order => 10;

    public IEnumerable<DemoLogin> Logins => Accounts.Select(a => new DemoLogin(a.Role, a.Email, Password(a.Role)));

    public async Task SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var account in Accounts)
        {
            var id = DemoIds.Staff(account.Role);
            await connection.ExecuteAsync(new CommandDefinition(InsertStaffSql, new
            {
                Id = id,
                account.Email,
                account.Name,
                account.Role,
                account.PractitionerId,
                PasswordHash = passwords.Hash(Password(account.Role)),
                Stamp = Guid.NewGuid(),
                Now = now,
            }, transaction, cancellationToken: cancellationToken));
            foreach (var location in account.Locations)
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertLocationSql, new { StaffId = id, LocationId = location }, transaction, cancellationToken: cancellationToken));
            }
        }
    }

    private static string Password(string role) => $"wellpath-demo-{role.Replace('_', '-')}";

    private sealed record DemoAccount(string Role, string Email, string Name, Guid[] Locations, Guid? PractitionerId = null);
}
