using BenchmarkDotNet.Running;
using WellPath.Availability.Benchmarks;

if (args.Contains("--smoke"))
{
    var count = WellPath.Availability.Engine.SlotEngine.FindSlots(EngineData.Build(), EngineData.From, EngineData.From.PlusDays(EngineData.Days - 1)).Count;
    Console.WriteLine($"{count} slots over {EngineData.Days} days x {EngineData.Practitioners} practitioners");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SlotEngineBenchmarks).Assembly).Run(args);
