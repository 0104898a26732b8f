using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WellPath.SharedKernel.Outbox;

namespace WellPath.SharedKernel.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary><see cref="IMailQueue"/>, and its delivery through the outbox to <c>WELLPATH_SMTP_URL</c> from <c>WELLPATH_MAIL_FROM</c>.</summary>
    public static IServiceCollection AddWellPathMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(MailSettings.From(configuration));
        services.AddSingleton<IMailQueue, MailQueue>();
        services.AddScoped<IEventHandler<MailRequested>, SendMailHandler>();
        return services;
    }
}
