using System.Security.Cryptography;
using System.Text;

namespace WellPath.SharedKernel.Modules;

/// <summary>
/// Fixed ids for demo data, shared by the modules that seed it, so demo staff point at the demo catalog's
/// locations and practitioners without a cross-module lookup.
/// </summary>
public static class DemoIds
{
    public static Guid Location(int number) => From($"location-{number}");

    public static Guid Practitioner(int number) => From($"practitioner-{number}");

    public static Guid Staff(string role) => From($"staff-{role}");

    /// <summary>Any other demo record, e.g. <c>For("room", 3)</c>.</summary>
    public static Guid For(string kind, int number) => From($"{kind}-{number}");

    private static Guid From(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("wellpath-demo:" + name));
        return new Guid(bytes.AsSpan(0, 16));
    }
}
