using NodaTime;

namespace WellPath.Availability.Engine;

/// <summary>One practitioner of a search, prepared once: exceptions as instants, working windows per weekday.</summary>
internal sealed class Roster
{
    private readonly PractitionerCalendar calendar;
    private readonly (bool Available, Span Span)[] exceptions;
    private readonly WeekdayWindows weekdays;

    private Roster(PractitionerCalendar calendar, DateTimeZone zone)
    {
        this.calendar = calendar;
        exceptions = WorkingTime.Exceptions(calendar, zone);
        weekdays = new WeekdayWindows(calendar);
    }

    public Guid Id => calendar.PractitionerId;

    /// <summary>The practitioners by id (rule 8 orders a start's slots by practitioner id); only one when one is asked for.</summary>
    public static List<Roster> Ranked(SlotQuery query, Guid? onlyPractitioner) =>
        query.Practitioners
            .Where(p => onlyPractitioner is null || p.PractitionerId == onlyPractitioner)
            .OrderBy(p => p.PractitionerId.ToString(), StringComparer.Ordinal)
            .Select(p => new Roster(p, query.Location.Zone))
            .ToList();

    /// <summary>Rule 3's practitioner part on <paramref name="day"/>: fills <paramref name="windows"/> with the working windows.</summary>
    public void WindowsOn(Day day, List<Span> windows)
    {
        windows.Clear();
        if (day.HasFixedOffset && !AnyExceptionOn(day.Span) && weekdays.On(day.Date.DayOfWeek) is { } minutes)
        {
            foreach (var (start, end) in minutes)
            {
                windows.Add(new Span(day.AtMinute(start), day.AtMinute(end)));
            }
            return;
        }
        windows.AddRange(WorkingTime.For(calendar, day, exceptions));
    }

    private bool AnyExceptionOn(Span day)
    {
        foreach (var (_, span) in exceptions)
        {
            if (span.Overlaps(day))
            {
                return true;
            }
        }
        return false;
    }
}
