using WellPath.SharedKernel.Data;

namespace WellPath.SharedKernel.Tests.Unit;

public sealed class DatabaseUrlTests
{
    [Fact]
    public void A_postgres_url_becomes_a_connection_string_with_every_part()
    {
        var result = DatabaseUrl.ToConnectionString("postgres://app%40x:p%3Ass@db.example:6543/wellpath?sslmode=require");

        Assert.Contains("Host=db.example", result);
        Assert.Contains("Port=6543", result);
        Assert.Contains("Database=wellpath", result);
        Assert.Contains("Username=app@x", result);
        Assert.Contains("Password=p:ss", result);
        Assert.Contains("SSL Mode=Require", result);
    }

    [Fact]
    public void A_url_without_a_port_uses_5432()
    {
        Assert.Contains("Port=5432", DatabaseUrl.ToConnectionString("postgresql://u@localhost/db"));
    }

    [Fact]
    public void An_npgsql_connection_string_is_taken_as_it_is()
    {
        var result = DatabaseUrl.ToConnectionString("Host=127.0.0.1;Port=55432;Database=wellpath;Username=wellpath;Password=secret");

        Assert.Contains("Port=55432", result);
        Assert.Contains("Password=secret", result);
    }

    [Fact]
    public void Redacting_removes_the_password()
    {
        var redacted = DatabaseUrl.Redact("Host=h;Database=d;Username=u;Password=secret");

        Assert.DoesNotContain("secret", redacted);
        Assert.Contains("Username=u", redacted);
    }

    [Fact]
    public void A_missing_url_is_refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => DatabaseUrl.ToConnectionString(" "));
    }
}
