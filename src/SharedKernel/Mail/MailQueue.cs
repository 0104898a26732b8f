using Npgsql;
using WellPath.SharedKernel.Outbox;

namespace WellPath.SharedKernel.Mail;

internal sealed class MailQueue(IOutbox outbox) : IMailQueue
{
    public const string Module = "kernel";

    public Task QueueAsync(MailRequest mail, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        mail.Validate();
        return outbox.EnqueueAsync(Module, new MailRequested(mail), transaction, cancellationToken);
    }
}
