using System.Security.Cryptography;

namespace WellPath.Appointments.Shared;

/// <summary>Short codes for the phone and the front desk: eight characters without look-alikes (no 0/O, 1/I).</summary>
internal static class References
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        Span<char> code = stackalloc char[9];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = i == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(code);
    }
}
