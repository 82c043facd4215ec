using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrainingCompletionRoutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TestOut",
                table: "QuizAttempt",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<int>(
                name: "Score",
                table: "Certificate",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<Guid>(
                name: "AttemptId",
                table: "Certificate",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "Method",
                table: "Certificate",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Online"); // Every certificate before this migration was earned online.

            migrationBuilder.CreateTable(
                name: "FaceToFaceSession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Trainer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FaceToFaceSession", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PriorLearningClaim",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvidenceContentType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProtectedEvidence = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProtectedRejectionReason = table.Column<string>(type: "TEXT", nullable: true),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorLearningClaim", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriorLearningClaim_Certificate_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PriorLearningClaim_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FaceToFaceAttendee",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FaceToFaceAttendee", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FaceToFaceAttendee_Certificate_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FaceToFaceAttendee_FaceToFaceSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "FaceToFaceSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FaceToFaceAttendee_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FaceToFaceAttendee_CertificateId",
                table: "FaceToFaceAttendee",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_FaceToFaceAttendee_SessionId",
                table: "FaceToFaceAttendee",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_FaceToFaceAttendee_UserId",
                table: "FaceToFaceAttendee",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_FaceToFaceSession_Department_HeldOn",
                table: "FaceToFaceSession",
                columns: new[] { "Department", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PriorLearningClaim_CertificateId",
                table: "PriorLearningClaim",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_PriorLearningClaim_Status_SubmittedAt",
                table: "PriorLearningClaim",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PriorLearningClaim_UserId",
                table: "PriorLearningClaim",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FaceToFaceAttendee");

            migrationBuilder.DropTable(
                name: "PriorLearningClaim");

            migrationBuilder.DropTable(
                name: "FaceToFaceSession");

            migrationBuilder.DropColumn(
                name: "TestOut",
                table: "QuizAttempt");

            migrationBuilder.DropColumn(
                name: "Method",
                table: "Certificate");

            migrationBuilder.AlterColumn<int>(
                name: "Score",
                table: "Certificate",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "AttemptId",
                table: "Certificate",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
