namespace WellPath.SharedKernel.Mail;

/// <summary>
/// <c>WELLPATH_SMTP_URL</c>: <c>smtp://[user:pass@]host[:port]</c> (STARTTLS when the server offers it) or
/// <c>smtps://</c> (TLS from the first byte). Neither <see cref="ToString"/> nor an error ever shows the password.
/// </summary>
internal sealed record SmtpUrl(string Host, int Port, bool ImplicitTls, string? UserName, string? Password)
{
    public static SmtpUrl Parse(string value)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri))
        {
            throw new FormatException("WELLPATH_SMTP_URL is not a URL; expected smtp://[user:pass@]host:port or smtps://...");
        }
        var implicitTls = uri.Scheme switch
        {
            "smtp" => false,
            "smtps" => true,
            _ => throw new FormatException("WELLPATH_SMTP_URL must start with smtp:// or smtps://."),
        };
        if (uri.DnsSafeHost.Length == 0 || uri.AbsolutePath is not ("" or "/") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new FormatException("WELLPATH_SMTP_URL must be a host and a port only: smtp://[user:pass@]host:port.");
        }

        var port = uri.Port > 0 ? uri.Port : implicitTls ? 465 : 25;
        string? userName = null, password = null;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            userName = Uri.UnescapeDataString(parts[0]);
            password = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "";
        }
        return new SmtpUrl(uri.DnsSafeHost, port, implicitTls, userName, password);
    }

    public override string ToString() =>
        $"{(ImplicitTls ? "smtps" : "smtp")}://{(string.IsNullOrEmpty(UserName) ? "" : $"{Uri.EscapeDataString(UserName)}@")}{Host}:{Port}";
}
