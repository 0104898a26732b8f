using Microsoft.AspNetCore.Http;
using WellPath.Appointments.Shared;
using WellPath.Catalog.Contracts;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Reception.Shared;

/// <summary>The screens' query strings and pickers: an empty value is no choice, anything else must be valid.</summary>
internal static class QueryValues
{
    public static bool TryOptionalId(string? text, out Guid? id)
    {
        id = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (!Guid.TryParse(text, out var parsed))
        {
            return false;
        }
        id = parsed;
        return true;
    }

    public static bool TryOptionalDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (!LocalTimes.TryDate(text, out var parsed))
        {
            return false;
        }
        date = parsed;
        return true;
    }

    /// <summary>The active locations the caller may pick from, by name.</summary>
    public static async Task<List<LocationInfo>> LocationsOfAsync(this ICatalogDirectory catalog, CallerScope caller, CancellationToken cancellationToken) =>
        (await catalog.GetLocationsAsync(cancellationToken)).Where(l => caller.CanSeeLocation(l.Id)).ToList();

    public static IResult BadDate(string backUrl, string backText) =>
        PageMessage.Show("Check the date", "The date must be a day written YYYY-MM-DD.", StatusCodes.Status400BadRequest, backUrl, backText);
}
