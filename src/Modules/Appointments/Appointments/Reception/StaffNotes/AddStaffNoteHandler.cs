using Dapper;
using Npgsql;
using WellPath.Appointments.Shared;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;

namespace WellPath.Appointments.Reception.StaffNotes;

/// <summary>A note by a staff member who can see the appointment (a practitioner: their own), audited with its text.</summary>
internal sealed class AddStaffNoteHandler(NpgsqlDataSource dataSource, IAuditTrail audit, TimeProvider clock)
{
    public const int MaxLength = 1000;

    private const string InsertSql = """
        insert into appointments.staff_notes (id, appointment_id, author_id, author_name, body, created_at)
        values (@Id, @AppointmentId, @AuthorId, @AuthorName, @Body, @Now)
        """;

    /// <summary>Why the text cannot be a note, or null when it can.</summary>
    public static string? Problem(string? text) => text?.Trim() switch
    {
        null or "" => "Write the note first.",
        { Length: > MaxLength } long_ => $"A note is at most {MaxLength} characters; this one has {long_.Length}.",
        _ => null,
    };

    /// <summary>False when the appointment does not exist for this caller.</summary>
    public async Task<bool> HandleAsync(Guid appointmentId, string text, CallerScope caller, string authorName, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (caller.ActorId is null || await ScopedAppointments.FindAsync(connection, appointmentId, caller, transaction, cancellationToken) is null)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var body = text.Trim();
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id, AppointmentId = appointmentId, AuthorId = caller.ActorId, AuthorName = authorName, Body = body, Now = now,
        }, transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(new AuditEntry("appointment.note_added", "appointment", appointmentId.ToString(), new
        {
            after = new { noteId = id, body },
        }), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
