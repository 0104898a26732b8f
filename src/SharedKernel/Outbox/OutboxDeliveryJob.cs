using Quartz;

namespace WellPath.SharedKernel.Outbox;

[DisallowConcurrentExecution]
internal sealed class OutboxDeliveryJob(OutboxDispatcher dispatcher) : IJob
{
    public const string Name = "kernel.outbox-delivery";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        while (await dispatcher.DispatchPendingAsync(cancellationToken) == OutboxDispatcher.BatchSize)
        {
        }
    }
}
