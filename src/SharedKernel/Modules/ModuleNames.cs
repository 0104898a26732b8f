using System.Text.RegularExpressions;

namespace WellPath.SharedKernel.Modules;

public static partial class ModuleNames
{
    /// <summary>Schemas owned by the kernel itself; they migrate before any module.</summary>
    public static readonly IReadOnlyList<string> Kernel = ["kernel", "quartz"];

    public static bool IsValid(string name) => ValidName().IsMatch(name);

    [GeneratedRegex("^[a-z][a-z0-9_]{1,30}$")]
    private static partial Regex ValidName();
}
