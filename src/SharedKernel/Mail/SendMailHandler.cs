using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using WellPath.SharedKernel.Outbox;

namespace WellPath.SharedKernel.Mail;

/// <summary>Sends a queued mail. A failure throws, so the outbox keeps the message and retries it with backoff.</summary>
internal sealed partial class SendMailHandler(MailSettings settings, ILogger<SendMailHandler> logger) : IEventHandler<MailRequested>
{
    // The outbox holds a transaction open while a handler runs: a dead server must not hold it for long.
    private const int TimeoutMilliseconds = 30_000;

    public async Task HandleAsync(MailRequested @event, EventContext context, CancellationToken cancellationToken)
    {
        var message = MailMessages.Create(@event.Mail, settings, context.MessageId, context.OccurredAt);
        using var client = new SmtpClient { Timeout = TimeoutMilliseconds };
        try
        {
            var server = settings.Server;
            var security = server.ImplicitTls ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(server.Host, server.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(server.UserName))
            {
                await client.AuthenticateAsync(server.UserName, server.Password ?? "", cancellationToken);
            }
            await client.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSendFailed(context.MessageId, settings.Server.ToString(), ex.GetType().Name, ex.Message);
            throw;
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or SmtpCommandException)
        {
            // The server has accepted the mail; a failed QUIT must not make the outbox send it again.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail for outbox message {MessageId} could not be sent through {SmtpServer}: {ErrorType}: {Error}")]
    private partial void LogSendFailed(Guid messageId, string smtpServer, string errorType, string error);
}
