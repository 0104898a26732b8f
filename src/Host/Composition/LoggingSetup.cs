namespace WellPath.Host.Composition;

internal static class LoggingSetup
{
    /// <summary>
    /// Structured logs with scopes, so every line written during a request carries its request id.
    /// JSON lines in production; readable single lines in development.
    /// </summary>
    public static void AddWellPathLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment() || builder.Configuration["WELLPATH_LOG_FORMAT"] == "simple")
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.IncludeScopes = true;
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
        }
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
    }
}
