using Microsoft.AspNetCore.Http;
using WellPath.SharedKernel.Problems;

namespace WellPath.Access.Shared;

/// <summary>What became of a change to a staff account; the page and the API answer it each their own way.</summary>
internal abstract record StaffChange
{
    public sealed record Done(StaffResponse Staff) : StaffChange;

    public sealed record NotFound : StaffChange;

    public sealed record Invalid(string Field, string Message) : StaffChange;

    public sealed record Refused(string Reason) : StaffChange;

    public IResult ToApiResult() => this switch
    {
        Done done => TypedResults.Ok(done.Staff),
        Invalid invalid => ApiProblems.Invalid(invalid.Field, invalid.Message),
        Refused refused => ApiProblems.Conflict(refused.Reason),
        _ => ApiProblems.NotFound("The staff member"),
    };
}
