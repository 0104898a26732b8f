using Npgsql;

namespace WellPath.SharedKernel.Mail;

/// <summary>
/// Queues a mail in the same transaction as the change it tells about: a rolled-back change sends nothing, and
/// the outbox sends it after commit, retrying with backoff while the mail server is unreachable.
/// </summary>
public interface IMailQueue
{
    Task QueueAsync(MailRequest mail, NpgsqlTransaction transaction, CancellationToken cancellationToken);
}
