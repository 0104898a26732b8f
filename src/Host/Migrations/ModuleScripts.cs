using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using DbUp.Engine;
using WellPath.SharedKernel.Modules;

namespace WellPath.Host.Migrations;

/// <summary>
/// The migration scripts each schema's assembly embeds from <c>db/migrations/&lt;schema&gt;/</c>, in module order,
/// named <c>&lt;schema&gt;/NNNN_snake_case.sql</c> in the journal.
/// </summary>
internal static partial class ModuleScripts
{
    public static IReadOnlyList<SqlScript> Collect(IEnumerable<(string Schema, Assembly Assembly)> sources)
    {
        var scripts = new List<SqlScript>();
        var order = 0;
        foreach (var (schema, assembly) in sources)
        {
            var prefix = $"migrations/{schema}/";
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var file = resource[prefix.Length..];
                if (!FileName().IsMatch(file))
                {
                    throw new InvalidOperationException($"Migration '{schema}/{file}' is not named NNNN_snake_case.sql.");
                }
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                scripts.Add(new SqlScript($"{schema}/{file}", reader.ReadToEnd(), new SqlScriptOptions { RunGroupOrder = order }));
            }
            order++;
        }
        return scripts;
    }

    public static IEnumerable<(string Schema, Assembly Assembly)> Sources(IEnumerable<IModule> modules) =>
        ModuleNames.Kernel.Select(schema => (schema, typeof(IModule).Assembly))
            .Concat(modules.Select(m => (m.Name, m.GetType().Assembly)));

    [GeneratedRegex("^[0-9]{4}_[a-z0-9_]+\\.sql$")]
    private static partial Regex FileName();
}
