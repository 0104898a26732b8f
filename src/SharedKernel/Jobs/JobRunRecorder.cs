using Dapper;
using Npgsql;
using Quartz;

namespace WellPath.SharedKernel.Jobs;

/// <summary>Writes every job firing to <c>kernel.job_runs</c> with the node that ran it.</summary>
internal sealed class JobRunRecorder(NpgsqlDataSource dataSource, TimeProvider clock) : IJobListener
{
    private const string InsertSql = """
        insert into kernel.job_runs (job_name, fire_instance_id, scheduled_fire_time, fired_at, finished_at, node, succeeded, error)
        values (@JobName, @FireInstanceId, @ScheduledFireTime, @FiredAt, @FinishedAt, @Node, @Succeeded, @Error)
        """;

    public string Name => "wellpath-job-runs";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            JobName = context.JobDetail.Key.ToString(),
            context.FireInstanceId,
            ScheduledFireTime = context.ScheduledFireTimeUtc,
            FiredAt = context.FireTimeUtc,
            FinishedAt = clock.GetUtcNow(),
            Node = context.Scheduler.SchedulerInstanceId,
            Succeeded = jobException is null,
            Error = jobException?.Message,
        }, cancellationToken: cancellationToken));
    }
}
