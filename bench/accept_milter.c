/* accept_milter - the smallest useful libmilter filter: it asks for every callback (like
 * aup-milter, it needs the whole message), keeps no state and accepts at end of message. The
 * end-to-end benchmark uses it as the floor any libmilter filter pays, on unix and TCP sockets.
 *
 * With "noreply" it negotiates SMFIP_NR_* (protocol 6): the MTA expects no reply before end of
 * message, which saves one round trip per callback (each header is one).
 *
 *   cc -O2 bench/accept_milter.c -lmilter -pthread -o accept-milter
 *   ./accept-milter unix:/path/to/sock [noreply]    or    ./accept-milter inet:PORT@127.0.0.1 [noreply]
 */
#include <libmilter/mfapi.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static sfsistat gReply = SMFIS_CONTINUE; /* SMFIS_NOREPLY once "noreply" is negotiated */

/* continue* - every callback before end of message: carry on. */
static sfsistat continueConnect(SMFICTX *ctx, char *host, _SOCK_ADDR *addr) { (void)ctx; (void)host; (void)addr; return gReply; }
static sfsistat continueArgs(SMFICTX *ctx, char **argv) { (void)ctx; (void)argv; return gReply; }
static sfsistat continueHelo(SMFICTX *ctx, char *helo) { (void)ctx; (void)helo; return gReply; }
static sfsistat continueHeader(SMFICTX *ctx, char *name, char *value) { (void)ctx; (void)name; (void)value; return gReply; }
static sfsistat continueEoh(SMFICTX *ctx) { (void)ctx; return gReply; }
static sfsistat continueCtx(SMFICTX *ctx) { (void)ctx; return SMFIS_CONTINUE; }
static sfsistat continueBody(SMFICTX *ctx, unsigned char *body, size_t len) { (void)ctx; (void)body; (void)len; return gReply; }
/* negotiateNoReply - asks the MTA not to wait for replies before end of message. */
static sfsistat negotiateNoReply(SMFICTX *ctx, unsigned long f0, unsigned long f1, unsigned long f2, unsigned long f3,
                                 unsigned long *pf0, unsigned long *pf1, unsigned long *pf2, unsigned long *pf3) {
  const unsigned long wanted = SMFIP_NR_CONN | SMFIP_NR_HELO | SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_DATA |
                               SMFIP_NR_UNKN | SMFIP_NR_EOH | SMFIP_NR_BODY | SMFIP_NR_HDR;
  (void)ctx; (void)f0; (void)f2; (void)f3;
  if ((f1 & wanted) != wanted) return SMFIS_ALL_OPTS; /* MTA too old: default protocol */
  *pf0 = 0;
  *pf1 = wanted;
  *pf2 = *pf3 = 0;
  return SMFIS_CONTINUE;
}
/* acceptAtEnd - the whole message was seen: accept it. */
static sfsistat acceptAtEnd(SMFICTX *ctx) { (void)ctx; return SMFIS_ACCEPT; }

int main(int argc, char **argv) {
  struct smfiDesc desc = {"accept-milter", SMFI_VERSION, 0, continueConnect, continueHelo, continueArgs,
                          continueArgs, continueHeader, continueEoh, continueBody, acceptAtEnd,
                          continueCtx, continueCtx, NULL, NULL, NULL};
  if (argc < 2 || argc > 3 || (argc == 3 && strcmp(argv[2], "noreply") != 0)) {
    fprintf(stderr, "usage: %s unix:/path | inet:PORT@127.0.0.1 [noreply]\n", argv[0]);
    return 2;
  }
  if (argc == 3) {
    desc.xxfi_negotiate = negotiateNoReply;
    gReply = SMFIS_NOREPLY;
  }
  umask(0); /* smtpd runs as user postfix: the socket must be writable by it */
  if (smfi_setconn(argv[1]) != MI_SUCCESS || smfi_register(desc) != MI_SUCCESS) return 1;
  fprintf(stderr, "accept-milter ready on %s\n", argv[1]);
  return smfi_main() == MI_SUCCESS ? 0 : 1;
}
