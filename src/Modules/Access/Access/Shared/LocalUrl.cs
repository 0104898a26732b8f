namespace WellPath.Access.Shared;

/// <summary>Only same-site paths are followed after sign-in, so a link cannot send someone elsewhere.</summary>
internal static class LocalUrl
{
    public static string? OrNull(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2000 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : null;
}
