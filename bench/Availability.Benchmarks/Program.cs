using BenchmarkDotNet.Running;
using WellPath.Availability.Benchmarks;
using WellPath.Availability.Engine;

if (args.Contains("--smoke"))
{
    Console.WriteLine($"{Search(EngineData.Build())} slots over {EngineData.Days} days x {EngineData.Practitioners} practitioners");
    return;
}

// For a profiler (perf with DOTNET_PerfMapEnabled=1, or dotnet-trace): the same search in a loop, without the harness.
if (args is ["--repeat", var times])
{
    var query = EngineData.Build();
    var total = 0;
    for (var i = 0; i < int.Parse(times, System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        total += Search(query);
    }
    Console.WriteLine($"{total} slots");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SlotEngineBenchmarks).Assembly).Run(args);

static int Search(SlotQuery query) => SlotEngine.FindSlots(query, EngineData.From, EngineData.From.PlusDays(EngineData.Days - 1)).Count;
