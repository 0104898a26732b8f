using System.Net;
using WellPath.SharedKernel.Mail;

namespace WellPath.Access.Links;

/// <summary>The wording of the access mails: plain text first, a small HTML alternative with every value escaped.</summary>
internal static class LinkMails
{
    public static MailRequest SetPassword(string email, string name, string url, bool invite) => invite
        ? Build(email, name, "You're invited to WellPath",
            $"Hello {name},\n\nAn account has been created for you at WellPath. Choose your password here (the link works once, for 3 days):\n\n{url}\n",
            "An account has been created for you at WellPath. Choose your password (the link works once, for 3 days):", url, "Choose a password")
        : Build(email, name, "Reset your WellPath password",
            $"Hello {name},\n\nSomeone asked to reset the password of your WellPath account. If it was you, choose a new password here (the link works once, for 1 hour):\n\n{url}\n\nIf it was not you, ignore this mail; your password stays as it is.\n",
            "Someone asked to reset your WellPath password. If it was you, choose a new one (the link works once, for 1 hour). If not, ignore this mail.", url, "Choose a new password");

    public static MailRequest CustomerSignIn(string email, string name, string url) =>
        Build(email, name, "Your WellPath sign-in link",
            $"Hello {name},\n\nSign in to see and manage your bookings (the link works once, for 15 minutes):\n\n{url}\n\nIf you did not ask for it, ignore this mail.\n",
            "Sign in to see and manage your bookings (the link works once, for 15 minutes). If you did not ask for it, ignore this mail.", url, "Sign in");

    private static MailRequest Build(string email, string name, string subject, string text, string lead, string url, string action)
    {
        var html = $"""
            <p>Hello {WebUtility.HtmlEncode(name)},</p>
            <p>{WebUtility.HtmlEncode(lead)}</p>
            <p><a href="{WebUtility.HtmlEncode(url)}">{WebUtility.HtmlEncode(action)}</a></p>
            """;
        return new MailRequest(email, name, subject, text, html);
    }
}
