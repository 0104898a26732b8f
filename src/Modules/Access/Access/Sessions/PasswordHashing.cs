using Microsoft.AspNetCore.Identity;

namespace WellPath.Access.Sessions;

/// <summary>ASP.NET Core's PBKDF2 password hash (v3 format, 100k+ iterations), upgraded on sign-in when the format ages.</summary>
internal sealed class PasswordHashing
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly object User = new();
    private readonly PasswordHasher<object> hasher = new();

    public string Hash(string password) => hasher.HashPassword(User, password);

    public PasswordCheck Verify(string? hash, string password)
    {
        if (string.IsNullOrEmpty(hash))
        {
            // Same work as a real check, so a missing account is not told apart by timing.
            hasher.VerifyHashedPassword(User, DummyHash, password);
            return PasswordCheck.Wrong;
        }
        return hasher.VerifyHashedPassword(User, hash, password) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Right,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.RightButRehash,
            _ => PasswordCheck.Wrong,
        };
    }

    private static readonly string DummyHash = new PasswordHasher<object>().HashPassword(User, "not-a-real-password-" + Guid.NewGuid());
}

internal enum PasswordCheck
{
    Wrong,
    Right,
    RightButRehash,
}
