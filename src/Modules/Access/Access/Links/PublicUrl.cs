using Microsoft.Extensions.Configuration;

namespace WellPath.Access.Links;

/// <summary>
/// The site address put into mailed links. Taken from configuration, never from the request's Host header,
/// which a client controls.
/// </summary>
internal sealed class PublicUrl(IConfiguration configuration)
{
    public string Base { get; } = (configuration["WELLPATH_PUBLIC_URL"] is { Length: > 0 } url
        ? url
        : (configuration["WELLPATH_URLS"] ?? "http://127.0.0.1:5080").Split(';')[0]).TrimEnd('/');

    public string For(string path) => Base + path;
}
