using Microsoft.AspNetCore.WebUtilities;

namespace WellPath.SharedKernel.Problems;

internal static class StatusTitles
{
    public static string For(int status) => status switch
    {
        422 => "Validation failed",
        _ => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error",
    };
}
