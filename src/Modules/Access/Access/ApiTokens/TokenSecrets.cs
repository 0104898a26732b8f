using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace WellPath.Access.ApiTokens;

/// <summary>Random secrets shown once and stored only as a SHA-256 hash (they carry 256 bits, so no slow hash is needed).</summary>
internal static class TokenSecrets
{
    public const string ApiTokenPrefix = "wp_";

    public static string NewSecret(string prefix = "") => prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>The first characters, kept to let an admin recognise a token in a list.</summary>
    public static string Preview(string secret) => secret[..Math.Min(secret.Length, ApiTokenPrefix.Length + 6)];
}
