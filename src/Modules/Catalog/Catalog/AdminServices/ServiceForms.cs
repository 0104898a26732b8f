using System.Globalization;
using Microsoft.AspNetCore.Http;
using WellPath.Catalog.Shared;

namespace WellPath.Catalog.AdminServices;

/// <summary>Between the editor's form fields and the API's request and answer, so both go through one validator and one handler.</summary>
internal static class ServiceForms
{
    public static readonly ServiceForm Blank = new(
        "", null, null, "60", ServiceRules.DefaultStepMinutes.ToString(CultureInfo.InvariantCulture), "0", "0", "", "GBP", null, [], [], "public", null, null,
        false, "0", ServiceRules.DefaultMaxAdvanceDays.ToString(CultureInfo.InvariantCulture),
        ServiceRules.DefaultCancellationWindowHours.ToString(CultureInfo.InvariantCulture), null, null);

    public static ServiceForm From(ServiceResponse s) => new(
        s.Name, s.Category, s.Description, Text(s.DurationMinutes), Text(s.StepMinutes), Text(s.BufferBeforeMinutes), Text(s.BufferAfterMinutes),
        Text(s.PriceCents), s.Currency, s.RoomTypeId?.ToString(), s.LocationIds, s.PractitionerIds, s.Visibility,
        s.SeasonStart?.ToString(LocalFormats.DateFormat, CultureInfo.InvariantCulture), s.SeasonEnd?.ToString(LocalFormats.DateFormat, CultureInfo.InvariantCulture),
        s.RequiresApproval, Text(s.MinNoticeMinutes), Text(s.MaxAdvanceDays), Text(s.CancellationWindowHours), s.PrepNotes, s.FollowUpRule);

    public static ServiceForm From(IFormCollection form) => new(
        form["Name"].ToString(), form["Category"], form["Description"], form["DurationMinutes"], form["StepMinutes"], form["BufferBeforeMinutes"],
        form["BufferAfterMinutes"], form["PriceCents"], form["Currency"].ToString(), form["RoomTypeId"], Ids(form["LocationIds"]), Ids(form["PractitionerIds"]),
        form["Visibility"].ToString(), form["SeasonStart"], form["SeasonEnd"], form["RequiresApproval"] == "true", form["MinNoticeMinutes"],
        form["MaxAdvanceDays"], form["CancellationWindowHours"], form["PrepNotes"], form["FollowUpRule"]);

    public static ServiceRequest Request(ServiceForm f) => new(
        f.Name, f.Category.TrimToNull(), f.Description.TrimToNull(), Number(f.DurationMinutes), Number(f.StepMinutes), Number(f.BufferBeforeMinutes),
        Number(f.BufferAfterMinutes), Number(f.PriceCents), f.Currency, Guid.TryParse(f.RoomTypeId, out var type) ? type : null, f.LocationIds,
        f.PractitionerIds, f.Visibility, f.SeasonStart.TrimToNull(), f.SeasonEnd.TrimToNull(), f.RequiresApproval, Number(f.MinNoticeMinutes),
        Number(f.MaxAdvanceDays), Number(f.CancellationWindowHours), f.PrepNotes.TrimToNull(), f.FollowUpRule.TrimToNull());

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Blank is left out (the default applies); text that is not a whole number becomes one no rule accepts.</summary>
    private static int? Number(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : int.MinValue;

    private static Guid[] Ids(Microsoft.Extensions.Primitives.StringValues values) =>
        [.. values.Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Distinct()];
}
