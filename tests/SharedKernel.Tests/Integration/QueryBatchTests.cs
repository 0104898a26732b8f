using Dapper;
using WellPath.SharedKernel.Data;

namespace WellPath.SharedKernel.Tests.Integration;

[Collection(KernelHostCollection.Name)]
public sealed class QueryBatchTests(KernelHost host)
{
    [Fact]
    public async Task Each_part_reads_its_own_result_sets_in_one_round_trip()
    {
        var batch = new QueryBatch();
        var numbers = batch.Add("select n from generate_series(1, @Count) n", new { Count = 3 }, async grid => (await grid.ReadAsync<int>()).ToList());
        var pair = batch.Add("select @Word as word; select length(@Word)", new { Word = "batch" },
            async grid => (await grid.ReadSingleAsync<string>(), await grid.ReadSingleAsync<int>()));

        await batch.ExecuteAsync(host.DataSource, CancellationToken.None);

        Assert.Equal([1, 2, 3], numbers.Value);
        Assert.Equal(("batch", 5), pair.Value);
    }

    [Fact]
    public void Two_parts_may_not_share_a_parameter_name()
    {
        var batch = new QueryBatch();
        batch.Add("select @From::int", new { From = 1 }, grid => grid.ReadSingleAsync<int>());

        Assert.Throws<InvalidOperationException>(() => batch.Add("select @from::int", new { from = 2 }, grid => grid.ReadSingleAsync<int>()));
    }

    [Fact]
    public void A_part_has_no_answer_before_its_batch_has_run()
    {
        var part = new QueryBatch().Add("select 1", new { }, grid => grid.ReadSingleAsync<int>());

        Assert.Throws<InvalidOperationException>(() => part.Value);
    }
}
