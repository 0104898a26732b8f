using BenchmarkDotNet.Attributes;
using WellPath.Availability.Engine;

namespace WellPath.Availability.Benchmarks;

[MemoryDiagnoser]
public class SlotEngineBenchmarks
{
    private SlotQuery query = default!;

    [GlobalSetup]
    public void Setup() => query = EngineData.Build();

    /// <summary>One search over 14 days and 10 practitioners: 140 practitioner-days.</summary>
    [Benchmark(OperationsPerInvoke = EngineData.Days * EngineData.Practitioners)]
    public int PerPractitionerDay() => SlotEngine.FindSlots(query, EngineData.From, EngineData.From.PlusDays(EngineData.Days - 1)).Count;
}
