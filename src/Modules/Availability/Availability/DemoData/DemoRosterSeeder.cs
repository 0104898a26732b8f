using Dapper;
using Npgsql;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Modules;

namespace WellPath.Availability.DemoData;

/// <summary>
/// A weekly roster for every demo practitioner: Monday to Friday 09:00-17:00 with a half-hour lunch, split across
/// the week for those at two clinics, and Saturday mornings for every third one.
/// </summary>
internal sealed class DemoRosterSeeder(TimeProvider clock) : IDemoDataSeeder
{
    private const string RuleSql = """
        insert into availability.weekly_rules (id, practitioner_id, location_id, weekday, start_time, end_time, position)
        values (@Id, @PractitionerId, @LocationId, @Weekday, @Start, @End, @Position)
        """;

    private const string BreakSql = "insert into availability.rule_breaks (rule_id, start_time, end_time) values (@RuleId, @Start, @End)";

    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly TimeOnly Five = new(17, 0);
    private static readonly (TimeOnly Start, TimeOnly End) Lunch = (new(12, 30), new(13, 0));

    public int Order => 20;

    public IEnumerable<DemoLogin> Logins => [];

    public async Task SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var rules = new List<object>();
        var breaks = new List<object>();
        var number = 0;
        foreach (var (practitionerId, locations) in DemoLayout.Practitioners())
        {
            number++;
            for (short weekday = 1; weekday <= 5; weekday++)
            {
                var location = locations.Count > 1 && weekday >= 4 ? locations[1] : locations[0];
                var ruleId = Guid.CreateVersion7(clock.GetUtcNow());
                rules.Add(new { Id = ruleId, PractitionerId = practitionerId, LocationId = location, Weekday = weekday, Start = Nine, End = Five, Position = (short)(weekday - 1) });
                breaks.Add(new { RuleId = ruleId, Lunch.Start, Lunch.End });
            }
            if (number % 3 == 0)
            {
                rules.Add(new { Id = Guid.CreateVersion7(clock.GetUtcNow()), PractitionerId = practitionerId, LocationId = locations[0], Weekday = (short)6, Start = Nine, End = new TimeOnly(13, 0), Position = (short)5 });
            }
        }
        await connection.ExecuteAsync(new CommandDefinition(RuleSql, rules, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(BreakSql, breaks, transaction, cancellationToken: cancellationToken));
    }
}
