namespace WellPath.Appointments.Reception.Shared;

/// <summary>The contract's codes (<c>checked_in</c>, <c>no-show</c>, <c>walk_in</c>) as words for the screen.</summary>
internal static class Labels
{
    public static string Of(string code) =>
        code.Length == 0 ? code : char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ').Replace('-', ' ');
}
