using WellPath.Appointments.Reception.Shared;
using WellPath.Appointments.Shared;
using WellPath.Availability.Contracts;

namespace WellPath.Appointments.Reception.BookOnBehalf;

/// <summary>A free start time of the day as the desk picks it: the local time, the instant to book, how many practitioners are free.</summary>
internal sealed record TimeChoice(string Label, string Start, int Free)
{
    public static IReadOnlyList<TimeChoice> From(FreeSlots? slots) =>
        slots is null
            ? []
            : slots.Slots.GroupBy(s => s.Start)
                .OrderBy(g => g.Key)
                .Select(g => new TimeChoice(
                    LocalTimes.Time(LocalTimes.InZone(g.Key, slots.TimeZoneId)),
                    AppointmentResponse.Format(g.Key, slots.TimeZoneId),
                    g.Select(s => s.PractitionerId).Distinct().Count()))
                .ToList();
}
