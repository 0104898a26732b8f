using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using WellPath.SharedKernel.Modules;

namespace WellPath.Host.Startup;

/// <summary>Once listening: where the app is, the demo logins, and how to stop.</summary>
internal static class StartupBanner
{
    public static void PrintBannerWhenStarted(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var url = addresses.FirstOrDefault() ?? "(unknown)";
            var text = new StringBuilder()
                .AppendLine()
                .AppendLine($"  WellPath is running at {url}")
                .AppendLine($"    Home:        {url}/")
                .AppendLine($"    API (docs):  {url}/openapi/v1.json")
                .AppendLine($"    Health:      {url}/health/ready");
            using (var scope = app.Services.CreateScope())
            {
                var logins = scope.ServiceProvider.GetServices<IDemoDataSeeder>().SelectMany(s => s.Logins).ToList();
                if (logins.Count > 0 && DatabasePreparation.DemoDataEnabled(app.Configuration))
                {
                    text.AppendLine("  Demo logins:");
                    foreach (var login in logins)
                    {
                        text.AppendLine($"    {login.Role,-15} {login.Login,-36} {login.Secret}{(login.Note is null ? "" : $"  ({login.Note})")}");
                    }
                }
            }
            if (!string.IsNullOrEmpty(app.Configuration["WELLPATH_BOOTSTRAP_ADMIN_TOKEN"]))
            {
                text.AppendLine("  API admin token: the value of WELLPATH_BOOTSTRAP_ADMIN_TOKEN (Authorization: Bearer <token>)");
            }
            text.AppendLine("  Stop: Ctrl+C here (then `make stop` to stop the embedded database and the mail catcher)");
            Console.WriteLine(text.ToString());
        });
    }
}
