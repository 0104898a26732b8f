namespace WellPath.Access.PasswordReset;

internal sealed class SetPasswordForm
{
    public string? Password { get; set; }

    public string? Confirm { get; set; }
}
