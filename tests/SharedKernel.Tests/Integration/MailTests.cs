using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WellPath.SharedKernel.Mail;
using WellPath.SharedKernel.Outbox;
using WellPath.TestSupport;

namespace WellPath.SharedKernel.Tests.Integration;

[Collection(KernelHostCollection.Name)]
public sealed class MailTests(KernelHost host)
{
    private const string From = "WellPath Clinic <bookings@clinic.test>";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_mail_queued_in_a_committed_transaction_arrives_over_smtp_with_its_sender_recipient_subject_and_body()
    {
        await using var inbox = await SmtpInbox.StartAsync();
        await using var mailHost = MailHost(inbox.Url);
        var mail = new MailRequest("ada@patients.test", "Ada Lovelace", $"Your booking {Guid.NewGuid():N}", "See you on Monday at 09:00.", "<p>See you on <b>Monday</b>.</p>");

        await QueueAsync(mailHost, mail, commit: true);
        await DispatchAsync(mailHost);

        var received = await inbox.WaitForAsync(m => m.Message.Subject == mail.Subject, Patience);
        var message = received.Message;
        Assert.Equal("bookings@clinic.test", received.EnvelopeFrom);
        Assert.Equal(["ada@patients.test"], received.EnvelopeTo);
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal(("WellPath Clinic", "bookings@clinic.test"), (from.Name, from.Address));
        var to = Assert.Single(message.To.Mailboxes);
        Assert.Equal(("Ada Lovelace", "ada@patients.test"), (to.Name, to.Address));
        Assert.Equal("See you on Monday at 09:00.", message.TextBody?.TrimEnd());
        Assert.Equal("<p>See you on <b>Monday</b>.</p>", message.HtmlBody?.TrimEnd());
        var outboxId = await OutboxIdAsync(mail.Subject);
        Assert.Equal($"{outboxId:N}@clinic.test", message.MessageId);
        Assert.True(await IsProcessedAsync(outboxId));
    }

    [Fact]
    public async Task A_mail_queued_in_a_rolled_back_transaction_is_never_sent()
    {
        await using var inbox = await SmtpInbox.StartAsync();
        await using var mailHost = MailHost(inbox.Url);
        var rolledBack = new MailRequest("bob@patients.test", "Bob", $"Rolled back {Guid.NewGuid():N}", "Never sent.");
        var committed = new MailRequest("bob@patients.test", "Bob", $"Committed {Guid.NewGuid():N}", "Sent.");

        await QueueAsync(mailHost, rolledBack, commit: false);
        await QueueAsync(mailHost, committed, commit: true);
        await DispatchAsync(mailHost);

        await inbox.WaitForAsync(m => m.Message.Subject == committed.Subject, Patience);
        Assert.DoesNotContain(inbox.Messages, m => m.Message.Subject == rolledBack.Subject);
        Assert.Null(await OutboxIdOrNullAsync(rolledBack.Subject));
    }

    [Fact]
    public async Task While_the_mail_server_is_down_the_mail_stays_pending_with_the_error_and_it_is_sent_once_the_server_is_back()
    {
        var credentials = new SmtpCredentials("mailer", "pa55-w0rd-never-logged");
        var port = SmtpInbox.FreePort();
        var logs = new CapturedLogs();
        await using var mailHost = MailHost($"smtp://{credentials.User}:{credentials.Password}@127.0.0.1:{port}", logs);
        var mail = new MailRequest("cy@patients.test", null, $"Retried {Guid.NewGuid():N}", "Sent on the second attempt.");
        await QueueAsync(mailHost, mail, commit: true);
        var outboxId = await OutboxIdAsync(mail.Subject);

        await DispatchAsync(mailHost);

        var failed = await OutboxRowAsync(outboxId);
        Assert.Equal(1, failed.Attempts);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.Null(failed.ProcessedAt);
        Assert.True(failed.NextAttemptAt > DateTime.UtcNow);
        Assert.DoesNotContain(credentials.Password, failed.LastError);
        Assert.Contains(logs.Lines, l => l.Contains($"could not be sent through smtp://mailer@127.0.0.1:{port}", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(credentials.Password, StringComparison.Ordinal));

        await using var inbox = await SmtpInbox.StartAsync(port, credentials);
        await using (var connection = await host.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update kernel.outbox_messages set next_attempt_at = now() - interval '1 second' where id = @outboxId", new { outboxId });
        }
        await DispatchAsync(mailHost);

        var received = await inbox.WaitForAsync(m => m.Message.Subject == mail.Subject, Patience);
        Assert.Equal(credentials.User, received.AuthenticatedUser);
        var delivered = await OutboxRowAsync(outboxId);
        Assert.NotNull(delivered.ProcessedAt);
        Assert.Null(delivered.LastError);
        Assert.DoesNotContain(logs.Lines, l => l.Contains(credentials.Password, StringComparison.Ordinal));
    }

    private WellPathFactory MailHost(string smtpUrl, CapturedLogs? logs = null) =>
        host.CreateFactory(
            new Dictionary<string, string?>
            {
                ["WELLPATH_JOBS"] = "false",
                ["WELLPATH_SMTP_URL"] = smtpUrl,
                ["WELLPATH_MAIL_FROM"] = From,
            },
            services =>
            {
                if (logs is not null)
                {
                    services.AddSingleton<ILoggerProvider>(logs);
                }
            });

    private async Task QueueAsync(WellPathFactory mailHost, MailRequest mail, bool commit)
    {
        var queue = mailHost.Services.GetRequiredService<IMailQueue>();
        await using var connection = await host.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await queue.QueueAsync(mail, transaction, CancellationToken.None);
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
    }

    private static Task DispatchAsync(WellPathFactory mailHost) =>
        mailHost.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private async Task<Guid> OutboxIdAsync(string subject) =>
        await OutboxIdOrNullAsync(subject) ?? throw new InvalidOperationException($"No outbox message for '{subject}'.");

    private async Task<Guid?> OutboxIdOrNullAsync(string subject)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<Guid?>(
            "select id from kernel.outbox_messages where module = 'kernel' and event_type = @EventType and payload->'mail'->>'subject' = @subject",
            new { EventType = typeof(MailRequested).FullName, subject });
    }

    private async Task<bool> IsProcessedAsync(Guid outboxId) => (await OutboxRowAsync(outboxId)).ProcessedAt is not null;

    private async Task<OutboxRow> OutboxRowAsync(Guid outboxId)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<OutboxRow>(
            "select attempts, last_error, processed_at, next_attempt_at from kernel.outbox_messages where id = @outboxId", new { outboxId });
    }

    private sealed record OutboxRow(int Attempts, string? LastError, DateTime? ProcessedAt, DateTime NextAttemptAt);
}
