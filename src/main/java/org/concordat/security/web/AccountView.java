package org.concordat.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.concordat.security.application.ApiTokens;
import org.concordat.security.application.ChangePassword;
import org.concordat.security.application.SessionKeys;
import org.concordat.security.application.UserData;
import org.concordat.security.application.UserQueries;
import org.concordat.shared.domain.Role;
import org.concordat.shared.web.Feedback;

/** The account page: who I am, my password, my API tokens. */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter UK_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    @Inject
    UserQueries users;

    @Inject
    ChangePassword changePassword;

    @Inject
    ApiTokens apiTokens;

    private UserData me;
    private List<ApiTokens.TokenData> tokens;
    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private String tokenName;
    private Integer tokenDays = 365;
    private String issuedToken;

    @PostConstruct
    void load() {
        me = users.me();
        tokens = apiTokens.mine();
    }

    public boolean isMustChangePassword() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(SessionKeys.MUST_CHANGE_PASSWORD));
    }

    public void changePassword() {
        try {
            changePassword.change(currentPassword, newPassword, confirmation);
            HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
            if (session != null) {
                session.removeAttribute(SessionKeys.MUST_CHANGE_PASSWORD);
            }
            Feedback.info(Feedback.text("account.passwordChanged"));
        } catch (RuntimeException e) {
            Feedback.show("password", e);
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    public void issueToken() {
        try {
            issuedToken = apiTokens.issue(tokenName, tokenDays == null ? 0 : tokenDays).token();
            tokenName = null;
            tokens = apiTokens.mine();
        } catch (RuntimeException e) {
            Feedback.show("tokens", e);
        }
    }

    public void revoke(long id) {
        try {
            apiTokens.revoke(id);
            issuedToken = null;
            tokens = apiTokens.mine();
            Feedback.info(Feedback.text("account.tokenRevoked"));
        } catch (RuntimeException e) {
            Feedback.show("tokens", e);
        }
    }

    public String format(Instant instant) {
        return instant == null ? "" : UK_DATE_TIME.format(instant);
    }

    public List<String> getRoles() {
        return me.details().roles().stream().sorted().map(Role::name).toList();
    }

    public UserData getMe() { return me; }
    public List<ApiTokens.TokenData> getTokens() { return tokens; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String v) { this.currentPassword = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { this.newPassword = v; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String v) { this.confirmation = v; }
    public String getTokenName() { return tokenName; }
    public void setTokenName(String v) { this.tokenName = v; }
    public Integer getTokenDays() { return tokenDays; }
    public void setTokenDays(Integer v) { this.tokenDays = v; }
    public String getIssuedToken() { return issuedToken; }
}
