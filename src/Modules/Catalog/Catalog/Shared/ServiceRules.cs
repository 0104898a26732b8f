namespace WellPath.Catalog.Shared;

/// <summary>The contract's defaults and limits of a service.</summary>
internal static class ServiceRules
{
    public const int DefaultStepMinutes = 15;
    public const int DefaultMaxAdvanceDays = 90;
    public const int DefaultCancellationWindowHours = 24;
    public const int MinMinutes = 5;
    public const int MaxMinutes = 480;
    public const int MaxNoticeMinutes = 525_600;
    public const int MaxAdvanceDays = 730;
    public const int MaxCancellationWindowHours = 8_760;

    public static readonly IReadOnlyList<string> Visibilities = ["public", "internal", "seasonal", "inactive"];

    public static bool IsWholeMinutes(int? minutes) => minutes is >= MinMinutes and <= MaxMinutes && minutes % 5 == 0;
}
