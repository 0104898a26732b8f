using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WellPath.SharedKernel.Data;

namespace WellPath.SharedKernel.Jobs;

public static class JobsServiceCollectionExtensions
{
    public const string SchedulerName = "WellPath";

    /// <summary>
    /// Quartz on the ADO job store in PostgreSQL, clustered: every host instance is a node, and a firing runs on one.
    /// <c>WELLPATH_JOBS=false</c> runs a host that serves requests only.
    /// </summary>
    public static IServiceCollection AddWellPathJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = DatabaseUrl.ToConnectionString(configuration["DATABASE_URL"] ?? "");
        var nodeId = configuration["WELLPATH_NODE_ID"];
        services.AddSingleton<JobRunRecorder>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = SchedulerName;
                if (!string.IsNullOrWhiteSpace(nodeId))
                {
                    o.InstanceId = nodeId;
                }
            });
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.ConfigureStore(o => o.TablePrefix = "quartz.qrtz_");
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = TimeSpan.FromSeconds(5);
                    cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                });
                store.UseSystemTextJsonSerializer();
            });
            q.AddJobListener<JobRunRecorder>();
        });

        if (!string.Equals(configuration["WELLPATH_JOBS"], "false", StringComparison.OrdinalIgnoreCase))
        {
            services.AddQuartzHostedService(options =>
            {
                options.WaitForJobsToComplete = true;
                options.AwaitApplicationStarted = true;
            });
        }
        return services;
    }

    /// <summary>A job that runs every <paramref name="interval"/> on one node of the cluster.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string name, TimeSpan interval)
        where TJob : class, IJob
    {
        services.AddQuartz(q => q.ScheduleJob<TJob>(
            trigger => trigger
                .WithIdentity($"{name}.every")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()),
            job => job.WithIdentity(name)));
        return services;
    }
}
