using Npgsql;
using WellPath.SharedKernel.Mail;

namespace WellPath.Access.Links;

/// <summary>Mails a set-password link: an invite for a new account, or a reset for an existing one.</summary>
internal sealed class SetPasswordLinkSender(SignInLinks links, IMailQueue mail, PublicUrl publicUrl)
{
    public async Task SendAsync(Guid staffId, string email, string name, bool invite, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var secret = await links.CreateAsync(invite ? LinkPurposes.StaffInvite : LinkPurposes.PasswordReset, staffId, transaction, cancellationToken);
        await mail.QueueAsync(LinkMails.SetPassword(email, name, publicUrl.For($"/password-reset/{secret}"), invite), transaction, cancellationToken);
    }
}
